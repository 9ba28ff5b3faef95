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
	newGraphView(testGraphSpec()).writeText(&b)
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
	newGraphView(testGraphSpec()).writeMermaid(&b)
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
	newGraphView(testGraphSpec()).writeDot(&b)
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
	newGraphView(s).writeText(&b) // must not panic
}
