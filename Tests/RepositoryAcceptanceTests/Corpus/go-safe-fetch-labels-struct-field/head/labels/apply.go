package labels

type Issue struct {
	Kind   string
	Labels []string
}

func Apply(r *Registry, issues []*Issue) {
	for _, issue := range issues {
		issue.Labels = append(issue.Labels, r.FetchLabels(issue.Kind)...)
	}
}
