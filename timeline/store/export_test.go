package store

// Lookups is how many entries the store holds to find a path's result.
func Lookups(s *Store) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.known)
}
