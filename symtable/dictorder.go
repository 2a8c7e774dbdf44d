package symtable

// CPython keeps a block's symbols in a dict and decides their scopes in
// the order the dict iterates them, so when two names of one block are in
// error, the one reported is the first in that order. A 3.2 dict iterates
// in the order of its hash table's slots, which follows from the keys'
// hashes and the order they were inserted; with hash randomisation off,
// 3.2's default, that order is fixed, and dictOrder computes it.

// strHash is CPython 3.2's hash of a str on a 64-bit wide build, without
// hash randomisation (-R): over the code points c0 c1 ... of s,
// x = c0<<7, then x = 1000003*x ^ c for each c, then x ^= len(s); the
// empty string hashes to 0 and -1 becomes -2.
func strHash(s string) uint64 {
	if s == "" {
		return 0
	}
	var x uint64
	n := 0
	for i, r := range s {
		if i == 0 {
			x = uint64(r) << 7
		}
		x = 1000003*x ^ uint64(r)
		n++
	}
	x ^= uint64(n)
	if x == ^uint64(0) {
		x = ^uint64(1)
	}
	return x
}

// dictOrder returns the indexes of keys, distinct strings in the order
// they were first inserted into a CPython 3.2 dict (and never deleted),
// in the order that dict iterates them.
func dictOrder(keys []string) []int {
	hashes := make([]uint64, len(keys))
	for i, k := range keys {
		hashes[i] = strHash(k)
	}
	// A slot holds a key's index plus one; 0 is empty.
	table := make([]int, 8)
	insert := func(table []int, k int) {
		mask := uint64(len(table) - 1)
		h := hashes[k]
		i := h & mask
		for perturb := h; table[i&mask] != 0; perturb >>= 5 {
			i = i<<2 + i + perturb + 1
		}
		table[i&mask] = k + 1
	}
	for k := range keys {
		insert(table, k)
		used := k + 1
		// Grow when two thirds full, to the smallest power of two
		// above four times the keys (twice past 50000), reinserting
		// in slot order.
		if used*3 >= len(table)*2 {
			factor := 4
			if used > 50000 {
				factor = 2
			}
			size := 8
			for size <= factor*used {
				size <<= 1
			}
			grown := make([]int, size)
			for _, slot := range table {
				if slot != 0 {
					insert(grown, slot-1)
				}
			}
			table = grown
		}
	}
	order := make([]int, 0, len(keys))
	for _, slot := range table {
		if slot != 0 {
			order = append(order, slot-1)
		}
	}
	return order
}
