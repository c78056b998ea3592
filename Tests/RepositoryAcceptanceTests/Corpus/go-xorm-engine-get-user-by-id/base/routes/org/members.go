package org

import "example.com/gitsvc/models"

type Member struct {
	UID  int64
	Role string
}

func MemberNames(members []Member) []string {
	names := make([]string, 0, len(members))
	for _, m := range members {
		names = append(names, m.Role)
	}
	return names
}
