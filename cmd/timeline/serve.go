package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/render/site"
	"github.com/ca-diplomacy/timeline/timeline/build"
	"github.com/urfave/cli/v2"
)

// serveCmd serves the site of the corpus and its feeds (timeline serve),
// rebuilt when the corpus changes.
func serveCmd(c *cli.Context) error {
	fsys, err := corpusFS(c)
	if errors.Is(err, errNoArticles) { // articles may come: it is watched
		fmt.Fprintf(os.Stderr, "timeline: %v yet\n", err)
	} else if err != nil {
		return err
	}
	out := c.String("out")
	claim, err := claimOut(c, out)
	if err != nil {
		return err
	}
	defer claim.Release()
	// the port is taken before the first build, so a port in use is told
	// at once, and requests are answered (503) while the first build runs
	ln, err := net.Listen("tcp", c.String("addr"))
	if err != nil {
		return err
	}
	logger := log.New(os.Stderr, "timeline: ", log.LstdFlags)
	srv := &site.Server{Dir: out, Log: logger, Check: time.Second}
	srv.Changed = func() (string, error) {
		fp, err := corpus.Fingerprint(fsys)
		cf, _ := readCorrections(c) // an edit of the corrections rebuilds too
		if cf != nil {
			fp += fmt.Sprintf(" corrections=%x", sha256.Sum256(cf.Sum))
		}
		return fp, err
	}
	srv.Build = func() error {
		cfg, cprobs := buildConfig(c, fsys, out, nil)
		cfg.Warn = func(err error) { logger.Print(err) }
		// every build renders (the files' keys leave what did not
		// change): the search index is made of what it reads
		cfg.Input, cfg.Site.Index = "", true
		res, err := build.Run(cfg)
		for _, p := range append(cprobs, res.Problems...) {
			logger.Print(p)
		}
		if err != nil {
			return err
		}
		srv.SetIndex(res.Index)
		logger.Printf("site built: %s; %s written, %d unchanged", res.Summary, count(res.Written, "file"), res.Left)
		return nil
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	hs := site.NewHTTPServer(srv)
	logger.Printf("serving %s on http://%s/ (calendar: http://%s/calendar.ics); building it first; Ctrl-C stops", corpusName(c), ln.Addr(), ln.Addr())
	errc := make(chan error, 2)
	go func() { errc <- hs.Serve(site.Capped(ln, hs, site.MaxConns)) }()
	go func() {
		if err := srv.Refresh(); err != nil {
			errc <- err
			return
		}
		srv.Poll(ctx, c.Duration("poll"))
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = hs.Shutdown(sctx)
	site.Interrupt() // a write of the site under way leaves no temp file
	return err
}
