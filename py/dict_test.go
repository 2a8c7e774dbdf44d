package py

import (
	"fmt"
	"testing"
)

func testThread() *Thread { return NewThread(&Interp{RecursionLimit: 1000}) }

func TestDictTableChurn(t *testing.T) {
	th := testThread()
	d := NewDict()
	ref := map[int64]int64{}
	for step := int64(0); step < 20000; step++ {
		k := (step * 7919) % 1009
		switch step % 3 {
		case 0, 1:
			if err := d.SetItem(th, NewInt(k), NewInt(step)); err != nil {
				t.Fatal(err)
			}
			ref[k] = step
		case 2:
			ok, err := d.DelItem(th, NewInt(k))
			if err != nil {
				t.Fatal(err)
			}
			_, want := ref[k]
			if ok != want {
				t.Fatalf("step %d: del %d = %v, want %v", step, k, ok, want)
			}
			delete(ref, k)
		}
		if d.Len() != len(ref) {
			t.Fatalf("step %d: len %d, want %d", step, d.Len(), len(ref))
		}
	}
	for k := int64(0); k < 1009; k++ {
		v, err := d.GetItem(th, NewInt(k))
		if err != nil {
			t.Fatal(err)
		}
		want, ok := ref[k]
		if (v != nil) != ok || ok && v.(*Int).v != want {
			t.Fatalf("get %d = %v, want %v %v", k, v, want, ok)
		}
	}
}

func TestDictStrKeys(t *testing.T) {
	d := NewDict()
	v0 := d.Version()
	for i := 0; i < 100; i++ {
		d.SetStr(NewStr(fmt.Sprint("k", i)), NewInt(int64(i)))
	}
	if d.Version() == v0 {
		t.Fatal("version unchanged")
	}
	for i := 0; i < 100; i += 2 {
		if !d.DelStr(NewStr(fmt.Sprint("k", i))) {
			t.Fatal("missing", i)
		}
	}
	if d.Len() != 50 {
		t.Fatal("len", d.Len())
	}
	for i := 0; i < 100; i++ {
		v := d.GetStr(NewStr(fmt.Sprint("k", i)))
		if (v != nil) != (i%2 == 1) {
			t.Fatal("get", i, v)
		}
	}
	keys := d.Keys()
	if len(keys) != 50 || keys[0].(*Str).s != "k1" || keys[49].(*Str).s != "k99" {
		t.Fatal("keys", keys)
	}
}
