package main

import (
	"fmt"
	"image/color"
	"math"
	"os"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/stancebot/stancebot/bench/gen"
)

// panel is one small log-log chart: a cost against unique statements.
type panel struct {
	title string
	unit  string
	value func(*childResult) float64
}

var panels = []panel{
	{"load + index", "s", func(r *childResult) float64 { return r.LoadSeconds }},
	{"peak RSS", "MB", func(r *childResult) float64 { return mb(int64(r.PeakRSS)) }},
	{"stance p50", "µs", func(r *childResult) float64 { return lat(r, gen.KindStance, false) }},
	{"stance p99", "µs", func(r *childResult) float64 { return lat(r, gen.KindStance, true) }},
	{"theme p50", "µs", func(r *childResult) float64 { return lat(r, gen.KindTheme, false) }},
	{"compare p50", "µs", func(r *childResult) float64 { return lat(r, gen.KindCompare, false) }},
}

func lat(r *childResult, kind string, p99 bool) float64 {
	l := r.Latency[kind]
	if l == nil {
		return 0
	}
	if p99 {
		return l.P99
	}
	return l.P50
}

var engineStyle = map[string]color.Color{
	"stancebot":    color.RGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff},
	"bleve":        color.RGBA{R: 0xd6, G: 0x27, B: 0x28, A: 0xff},
	"bleve-scorch": color.RGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff},
}

// logTicks labels 1, 2 and 5 times each power of ten, so even an axis
// spanning less than a decade gets numbers.
type logTicks struct{}

func (logTicks) Ticks(lo, hi float64) []plot.Tick {
	var ts []plot.Tick
	for e := math.Floor(math.Log10(lo)); math.Pow(10, e) <= hi; e++ {
		for _, m := range []float64{1, 2, 5} {
			v := m * math.Pow(10, e)
			if v >= lo && v <= hi {
				ts = append(ts, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'g', -1, 64)})
			}
		}
	}
	if len(ts) < 2 {
		ts = append(ts, plot.Tick{Value: lo, Label: strconv.FormatFloat(lo, 'g', 3, 64)},
			plot.Tick{Value: hi, Label: strconv.FormatFloat(hi, 'g', 3, 64)})
	}
	return ts
}

// drawPlot writes a 2×3 grid of log-log charts, one per cost, with a line
// per engine across the measured sizes.
func drawPlot(path string, sizes []*sizeResult) error {
	if len(sizes) == 0 {
		return fmt.Errorf("no sizes measured")
	}
	const rows, cols = 2, 3
	plots := make([][]*plot.Plot, rows)
	for i, pn := range panels {
		if plots[i/cols] == nil {
			plots[i/cols] = make([]*plot.Plot, cols)
		}
		p := plot.New()
		p.Title.Text = pn.title + " (" + pn.unit + ")"
		p.X.Label.Text = "unique statements"
		p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
		p.X.Tick.Marker, p.Y.Tick.Marker = logTicks{}, logTicks{}
		p.Legend.Top, p.Legend.Left = true, true
		drawn := false
		for _, name := range engineNames {
			var xys plotter.XYs
			for _, sr := range sizes {
				if r := sr.Engines[name]; r != nil {
					if v := pn.value(r); v > 0 {
						xys = append(xys, plotter.XY{X: float64(sr.Size), Y: v})
					}
				}
			}
			if len(xys) == 0 {
				continue
			}
			line, points, err := plotter.NewLinePoints(xys)
			if err != nil {
				return fmt.Errorf("%s %s: %w", pn.title, name, err)
			}
			line.Color, points.Color = engineStyle[name], engineStyle[name]
			line.Width = vg.Points(1.5)
			points.Shape = draw.CircleGlyph{}
			p.Add(line, points)
			p.Legend.Add(engineTitle[name], line, points)
			drawn = true
		}
		if !drawn || p.Y.Min <= 0 {
			continue // nothing positive to draw on a log axis
		}
		// A single point or a flat line: give the log axes some room.
		if p.X.Min == p.X.Max {
			p.X.Min, p.X.Max = p.X.Min/2, p.X.Max*2
		}
		if p.Y.Min == p.Y.Max {
			p.Y.Min, p.Y.Max = p.Y.Min/2, p.Y.Max*2
		}
		plots[i/cols][i%cols] = p
	}
	img := vgimg.New(vg.Points(900), vg.Points(520))
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Points(12), PadY: vg.Points(12),
		PadTop: vg.Points(6), PadBottom: vg.Points(6), PadLeft: vg.Points(6), PadRight: vg.Points(6)}
	canvases := plot.Align(plots, tiles, dc)
	for r := range rows {
		for c := range cols {
			if plots[r][c] != nil {
				plots[r][c].Draw(canvases[r][c])
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
