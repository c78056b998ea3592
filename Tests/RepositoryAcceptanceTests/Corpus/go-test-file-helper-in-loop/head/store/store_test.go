package store

import (
	"context"
	"testing"
)

func TestLabelCounts(t *testing.T) {
	st := openTestStore(t)
	for _, id := range seededItemIDs(t, st) {
		if _, err := st.labelCount(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
}
