package timeline

// Runs gives a timeline's dated events in order, a run at a time, to
// yield: the events of one month of start are always in one run. It stops
// at the first error, of yield or of reading a run, and returns it.
type Runs func(yield func([]*Event) error) error

// Slice is the Runs of the events of one slice: one run, none when empty.
func Slice(es []*Event) Runs {
	return func(yield func([]*Event) error) error {
		if len(es) == 0 {
			return nil
		}
		return yield(es)
	}
}
