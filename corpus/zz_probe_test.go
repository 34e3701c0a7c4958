package corpus

import (
	"context"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestZZProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	for _, page := range strings.Split(os.Getenv("PROBE"), "|||") {
		page = strings.ReplaceAll(page, `\n`, "\n")
		c, err := Load(context.Background(), fstest.MapFS{"page.txt": {Data: []byte(page)}}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Log("----")
		for _, s := range c.Statements() {
			t.Logf("%s | %.90q | %+v", s.Country, s.Text, s.Attribution)
		}
	}
}
