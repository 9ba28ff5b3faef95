package main

import (
	"strings"
	"testing"

	"github.com/lifegen/lifegen/spec"
)

// testGraphSpec is the model of:
//
//	input "config"   {}
//	service "db"     { depends_on = [input.config] }
//	queue "jobs"     {}
//	worker "process" { queue = queue.jobs, depends_on = [service.db] }
//	service "api"    { depends_on = [service.db, queue.jobs] }
func testGraphSpec() *spec.Spec {
	node := func(k spec.Kind, name string, i int) spec.Node { return spec.Node{Kind: k, Name: name, Index: i} }
	ref := func(k spec.Kind, name string) spec.Dep { return spec.Dep{Refs: []spec.Ref{{Kind: k, Name: name}}} }
	db := &spec.Service{Node: node(spec.KindService, "db", 0), DependsOn: []spec.Dep{ref(spec.KindInput, "config")}}
	jobs := &spec.Queue{Node: node(spec.KindQueue, "jobs", 1)}
	process := &spec.Worker{Node: node(spec.KindWorker, "process", 2), Queue: ref(spec.KindQueue, "jobs").Refs[0],
		DependsOn: []spec.Dep{ref(spec.KindService, "db")}}
	api := &spec.Service{Node: node(spec.KindService, "http-api", 3),
		DependsOn: []spec.Dep{ref(spec.KindService, "db"), ref(spec.KindQueue, "jobs")}}
	return &spec.Spec{
		App:        "App",
		Inputs:     []*spec.Input{{Node: node(spec.KindInput, "config", 0)}},
		Services:   []*spec.Service{db, api},
		Queues:     []*spec.Queue{jobs},
		Workers:    []*spec.Worker{process},
		Components: []spec.Component{db, jobs, process, api},
		Graph: &spec.Graph{
			Deps:         [][]int{nil, {2}, {0}, {0, 1}},
			Dependents:   [][]int{{2, 3}, {3}, {1}, nil},
			Order:        []int{0, 2, 1, 3},
			Waves:        [][]int{{0}, {2}, {1}, {3}},
			CriticalPath: []int{0, 2, 1, 3},
		},
	}
}

func TestGraphText(t *testing.T) {
	var b strings.Builder
	newGraphView(testGraphSpec(), nil).writeText(&b)
	want := `inputs:
  config
services:
  db *
  http-api *
queues:
  jobs *
workers:
  process *

edges (dependency -> dependent):
  config -> db
  process -> jobs *
  db -> process *
  db -> http-api
  jobs -> http-api *

startup waves:
  1: db
  2: process
  3: jobs
  4: http-api

critical path (*): db -> process -> jobs -> http-api
`
	if got := b.String(); got != want {
		t.Errorf("text graph:\n%s\nwant:\n%s", got, want)
	}
}

func TestGraphMermaid(t *testing.T) {
	var b strings.Builder
	newGraphView(testGraphSpec(), nil).writeMermaid(&b)
	got := b.String()
	for _, want := range []string{
		"flowchart LR\n",
		`    input_config[/"config"/]` + "\n",
		`        service_http_api["http-api"]` + "\n",
		`        queue_jobs>"jobs"]` + "\n",
		`        worker_process{{"process"}}` + "\n",
		"    subgraph wave1 [\"wave 1\"]\n",
		"    service_db --> service_http_api\n",
		"    class service_db,worker_process,queue_jobs,service_http_api critical\n",
		"    linkStyle 1,2,4 stroke:#d00,stroke-width:3px\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("mermaid graph lacks %q:\n%s", want, got)
		}
	}
}

func TestGraphDot(t *testing.T) {
	var b strings.Builder
	newGraphView(testGraphSpec(), nil).writeDot(&b)
	got := b.String()
	for _, want := range []string{
		"digraph \"App\" {\n",
		"\tinput_config [label=\"config\", shape=parallelogram];\n",
		"\tsubgraph cluster_wave4 {\n",
		"\t\tqueue_jobs [label=\"jobs\", shape=cds, color=red, penwidth=3];\n",
		"\tinput_config -> service_db;\n",
		"\tservice_db -> service_http_api;\n",
		"\tqueue_jobs -> service_http_api [color=red, penwidth=3];\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("dot graph lacks %q:\n%s", want, got)
		}
	}
	if !strings.HasSuffix(got, "}\n") {
		t.Errorf("dot graph does not end with }:\n%s", got)
	}
}

func TestGraphWithoutGraph(t *testing.T) {
	s := testGraphSpec()
	s.Graph = nil
	var b strings.Builder
	newGraphView(s, nil).writeText(&b) // must not panic
}

// targetSpec has an after edge inside the frontend target's part and one
// that leaves it, and an input only the part outside uses.
const targetSpec = `
input "config" {
  type = "*Config"
}
input "secret" {
  type = "string"
}
service "db" {
  start      = "OpenDB"
  depends_on = [input.config]
}
service "warmer" {
  start      = "NewWarmer"
  depends_on = [service.db]
}
service "api" {
  start      = "NewAPI"
  depends_on = [service.db]
  after      = [service.warmer, service.metrics]
}
service "metrics" {
  start      = "NewMetrics"
  depends_on = [input.secret]
}
target "frontend" {
  components = [service.api, service.warmer]
}
`

func TestGraphTargetView(t *testing.T) {
	s, diags := spec.Parse("t.hcl", []byte(targetSpec))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, tc := range []struct {
		target *spec.Target
		nodes  []string
		edges  []string
	}{
		{nil,
			[]string{"config", "secret", "db", "warmer", "api", "metrics"},
			[]string{"config->db", "db->warmer", "db->api", "warmer->api after", "metrics->api after", "secret->metrics"}},
		{s.Targets[0],
			[]string{"config", "db", "warmer", "api"},
			[]string{"config->db", "db->warmer", "db->api", "warmer->api after"}},
	} {
		g := newGraphView(s, tc.target)
		var nodes, edges []string
		for _, n := range g.nodes {
			nodes = append(nodes, n.name)
		}
		for _, e := range g.edges {
			edges = append(edges, g.nodes[e.from].name+"->"+g.nodes[e.to].name+mark(e.after, " after"))
		}
		if strings.Join(nodes, " ") != strings.Join(tc.nodes, " ") || strings.Join(edges, ", ") != strings.Join(tc.edges, ", ") {
			t.Errorf("target %v:\nnodes %q\nwant  %q\nedges %q\nwant  %q", tc.target, nodes, tc.nodes, edges, tc.edges)
		}
	}
}

func TestFindTarget(t *testing.T) {
	s, _ := spec.Parse("t.hcl", []byte(targetSpec))
	if tg, err := findTarget(s, ""); tg != nil || err != nil {
		t.Errorf(`findTarget("") = %v, %v`, tg, err)
	}
	if tg, err := findTarget(s, "frontend"); tg != s.Targets[0] || err != nil {
		t.Errorf(`findTarget("frontend") = %v, %v`, tg, err)
	}
	_, err := findTarget(s, "front")
	if want := `unknown target "front": the targets of t.hcl are "frontend"`; err == nil || err.Error() != want {
		t.Errorf("findTarget(front) error %v, want %q", err, want)
	}
}
