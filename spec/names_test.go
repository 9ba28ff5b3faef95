package spec

import "testing"

func TestGoName(t *testing.T) {
	tests := map[string]string{
		"http-server": "HTTPServer",
		"database":    "Database",
		"user_db":     "UserDB",
		"api":         "API",
		"my-url-id":   "MyURLID",
		"a--b__c":     "ABC",
		"v2-api":      "V2API",
		"utf8-name":   "UTF8Name",
		"json_rpc2":   "JSONRpc2",
		"x-":          "X",
		"ids":         "Ids",
		"https":       "HTTPS",
	}
	for name, want := range tests {
		if got := GoName(name); got != want {
			t.Errorf("GoName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestLowerGoName(t *testing.T) {
	tests := map[string]string{
		"HTTPServer": "httpServer",
		"Database":   "database",
		"UserDB":     "userDB",
		"ID":         "id",
		"API":        "api",
		"MyURLID":    "myURLID",
		"UTF8Name":   "utf8Name",
		"A":          "a",
		"AB":         "ab",
		"":           "",
		"already":    "already",
	}
	for in, want := range tests {
		if got := LowerGoName(in); got != want {
			t.Errorf("LowerGoName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"database", "database", 0},
		{"databse", "database", 1},
		{"ordrs", "orders", 1},
		{"cache", "cahce", 2},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{"héllo", "hello", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := editDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"database", "cache", "api"}
	for in, want := range map[string]string{"databse": "database", "cahce": "cache", "ap": "api", "zzzzzz": "", "apx": "api"} {
		if got := closest(in, names); got != want {
			t.Errorf("closest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAppMembersAreReserved(t *testing.T) {
	for _, m := range AppMembers {
		if !isAppMember(m) {
			t.Errorf("%s is not reported as an App member", m)
		}
	}
	if isAppMember("Database") {
		t.Error("Database reported as an App member")
	}
}
