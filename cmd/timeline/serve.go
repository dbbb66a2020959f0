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
	"github.com/ca-diplomacy/timeline/timeline/store"
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
	prev, rerr := site.ReadRevisions(out)
	if rerr != nil {
		logger.Printf("%s: %v (feed revisions start again)", out, rerr)
	}
	srv := &site.Server{Log: logger, Check: time.Second,
		Changed: func() (string, error) {
			fp, err := corpus.Fingerprint(fsys)
			cf, _ := readCorrections(c) // an edit of the corrections rebuilds too
			if cf != nil {
				fp += fmt.Sprintf(" corrections=%x", sha256.Sum256(cf.Sum))
			}
			return fp, err
		},
		Build: func() (*site.Site, error) {
			cf, cprobs := readCorrections(c)
			for _, p := range cprobs {
				logger.Print(p)
			}
			r, done, err := reader(c, nil)
			if err != nil {
				return nil, err
			}
			tl, errs := r.Read(fsys)
			if err := done(); err != nil {
				logger.Printf("store: %v", err)
			}
			for _, e := range errs {
				logger.Printf("%v", e)
			}
			o := site.Options{Now: time.Now(), Revisions: prev, Program: store.Program(), Corrections: cf, WholeFeeds: c.Bool("whole-feeds")}
			s, err := site.Build(tl, o)
			if err != nil {
				return nil, err
			}
			for _, p := range s.Problems {
				logger.Print(p)
			}
			prev = s.Revisions
			if err := s.Write(out); err != nil {
				logger.Printf("writing %s: %v", out, err)
			}
			return s, nil
		}}
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
