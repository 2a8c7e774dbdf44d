package symtable

import "sort"

// The second pass decides the scope of every name, from the top block
// down. Each block receives from its parent:
//
//	bound  - the names bound in enclosing function blocks, which a name
//	         used here but not bound here refers to (nil for the module);
//	global - the names enclosing blocks declared global and did not rebind;
//
// and returns in free the names that it or its children use freely and
// that an enclosing function must provide. A function that binds a name
// some child uses freely keeps it in a cell and stops its propagation.
// Class bodies are transparent: their names are not visible to their
// methods, except the implicit __class__, which the class provides as a
// cell to methods that use super or __class__.

type nameSet map[string]bool

func (s nameSet) union(t nameSet) {
	for n := range t {
		s[n] = true
	}
}

func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	c.union(s)
	return c
}

// sorted lists a set in a fixed order, so that the symbols a pass adds
// come out the same every time.
func (s nameSet) sorted() []string {
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (b *builder) analyze() error {
	return b.analyzeBlock(b.table.Top, nil, nameSet{}, nameSet{})
}

func (b *builder) analyzeBlock(blk *Block, bound, free, global nameSet) error {
	local := nameSet{}
	scopes := make(map[string]Scope, len(blk.order))
	// What the children see: for a class, only what the class itself
	// sees; for a function, also its own locals.
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}
	if blk.Type == ClassBlock {
		newGlobal.union(global)
		newBound.union(bound)
	}
	// In CPython's order, which decides the error reported when several
	// names are in error.
	names := make([]string, len(blk.order))
	for i, s := range blk.order {
		names[i] = s.Name
	}
	for _, i := range dictOrder(names) {
		if err := b.analyzeName(blk, scopes, blk.order[i], bound, local, free, global); err != nil {
			return err
		}
	}
	if blk.Type != ClassBlock {
		if blk.Type == FunctionBlock {
			newBound.union(local)
		}
		newBound.union(bound)
		newGlobal.union(global)
	} else {
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, child := range blk.Children {
		childFree := newFree.clone()
		if err := b.analyzeBlock(child, newBound.clone(), childFree, newGlobal.clone()); err != nil {
			return err
		}
		allFree.union(childFree)
		if child.Free || child.ChildFree {
			blk.ChildFree = true
		}
	}
	newFree.union(allFree)

	switch blk.Type {
	case FunctionBlock:
		makeCells(blk, scopes, newFree, "")
	case ClassBlock:
		makeCells(blk, scopes, newFree, "__class__")
	}
	updateSymbols(blk, scopes, bound, newFree)
	// CPython then rejects "import *" in a function with free variables
	// (check_unoptimized), which cannot happen in 3.2: the first pass
	// already rejects "import *" outside the module.
	free.union(newFree)
	return nil
}

// analyzeName decides the scope of one name from its flags.
func (b *builder) analyzeName(blk *Block, scopes map[string]Scope, s *Symbol, bound, local, free, global nameSet) error {
	name, flags := s.Name, s.Flags
	switch {
	case flags&DefGlobal != 0:
		if flags&DefParam != 0 {
			return b.opts.Error("name '"+name+"' is parameter and global", blk.Lineno)
		}
		if flags&DefNonlocal != 0 {
			return unlocated("name '" + name + "' is nonlocal and global")
		}
		scopes[name] = GlobalExplicit
		global[name] = true
		delete(bound, name)
	case flags&DefNonlocal != 0:
		if flags&DefParam != 0 {
			return unlocated("name '" + name + "' is parameter and nonlocal")
		}
		if bound == nil {
			return unlocated("nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			return unlocated("no binding for nonlocal '" + name + "' found")
		}
		scopes[name] = Free
		blk.Free = true
		free[name] = true
	case flags&DefBound != 0:
		scopes[name] = Local
		local[name] = true
		delete(global, name)
	case bound[name]:
		scopes[name] = Free
		blk.Free = true
		free[name] = true
	default:
		// A global, declared so by an enclosing block or not; a
		// nested block counts it as free for ChildFree's sake.
		if !global[name] && blk.Nested {
			blk.Free = true
		}
		scopes[name] = GlobalImplicit
	}
	return nil
}

// makeCells turns the locals that children use freely into cells and
// stops their propagation; a class does so only for __class__.
func makeCells(blk *Block, scopes map[string]Scope, free nameSet, only string) {
	for _, s := range blk.order {
		name := s.Name
		if scopes[name] != Local || !free[name] || only != "" && name != only {
			continue
		}
		scopes[name] = Cell
		delete(free, name)
	}
}

// updateSymbols stores the scopes, marks the class names that methods use
// freely, and adds as Free the names only children use that an enclosing
// function binds.
func updateSymbols(blk *Block, scopes map[string]Scope, bound, free nameSet) {
	for _, s := range blk.order {
		s.Scope = scopes[s.Name]
	}
	for _, name := range free.sorted() {
		if s := blk.symbols[name]; s != nil {
			if blk.Type == ClassBlock && s.Flags&(DefBound|DefGlobal) != 0 {
				s.Flags |= DefFreeClass
			}
			continue
		}
		if !bound[name] {
			continue // a global
		}
		s := &Symbol{Name: name, Scope: Free}
		blk.symbols[name] = s
		blk.order = append(blk.order, s)
	}
}
