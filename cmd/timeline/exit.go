package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
)

// Exit codes (the README's "Exit codes").
const (
	exitFailed   = 1 // the run failed
	exitUsage    = 2 // the command line is wrong: nothing was done
	exitBadInput = 3 // the run finished; some input files or lines were bad, each named
)

// usageError is a command line that is wrong.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef makes a usageError.
func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// inputError is a run that finished with bad input, each problem named on
// its own line before it.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

// exitCode is the exit code of a run that ended with err.
func exitCode(err error) int {
	var u *usageError
	var in *inputError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u):
		return exitUsage
	case errors.As(err, &in):
		return exitBadInput
	}
	return exitFailed
}

// onUsageError turns a flag the command does not know, or a value it
// cannot read, into a usageError naming the nearest flag.
func onUsageError(c *cli.Context, err error, _ bool) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		name = strings.TrimLeft(name, "-")
		msg = fmt.Sprintf("no flag --%s", name)
		if s := cli.SuggestFlag(c.Command.Flags, name, true); s != "" && s != "--" {
			msg += fmt.Sprintf("; did you mean %s?", s)
		}
	}
	if c.Command != nil && c.Command.Name != "" {
		msg = c.Command.Name + ": " + msg
	}
	return usagef("%s (%s --help lists them)", msg, commandName(c))
}

// commandName is "timeline", "timeline CMD" or "timeline CMD SUB".
func commandName(c *cli.Context) string {
	if c.Command == nil || c.Command.Name == "" {
		return "timeline"
	}
	return c.Command.HelpName
}

// unknownCommand is the action of timeline without a command it knows: the
// help, or a usageError naming the nearest command.
func unknownCommand(c *cli.Context) error {
	name := c.Args().First()
	if name == "" {
		return cli.ShowAppHelp(c)
	}
	msg := fmt.Sprintf("no command %q", name)
	var best string
	bestScore := 0.0
	for _, cmd := range c.App.Commands {
		if s := similarity(name, cmd.Name); s > bestScore {
			best, bestScore = cmd.Name, s
		}
	}
	if bestScore >= 0.5 {
		msg += fmt.Sprintf("; did you mean %q?", best)
	}
	return usagef("%s (timeline --help lists them)", msg)
}

// similarity is 1 less the edit distance of a and b over the longer's length.
func similarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return 1 - float64(prev[len(rb)])/float64(max(len(ra), len(rb), 1))
}

// noMoreArguments refuses the words past the first n, all a command takes.
// Flags end at the first word that is not one, so `timeline build DIR
// --out x` would otherwise build the embedded sample into site/; a word
// that names a folder is likely the corpus.
func noMoreArguments(n int) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if c.NArg() <= n {
			return nil
		}
		extra := c.Args().Get(n)
		msg := fmt.Sprintf("%s: unexpected argument %q", c.Command.Name, extra)
		if strings.HasPrefix(extra, "-") {
			msg += " (flags go before the arguments)"
		} else if fi, err := os.Stat(extra); err == nil && fi.IsDir() && hasFlag(c.Command, "corpus") {
			msg += fmt.Sprintf("; did you mean --corpus %s?", extra)
		}
		return usagef("%s (%s --help lists what it takes)", msg, commandName(c))
	}
}

// hasFlag reports whether the command has the flag name.
func hasFlag(cmd *cli.Command, name string) bool {
	for _, f := range cmd.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}
