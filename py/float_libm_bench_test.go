package py

import (
	"math"
	"testing"
)

var libmSink float64

func BenchmarkLibmSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += LibmSin(float64(i%1000) * 0.0137)
	}
}

func BenchmarkGoSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += math.Sin(float64(i%1000) * 0.0137)
	}
}

func BenchmarkLibmExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += LibmExp(float64(i%1000) * 0.0137)
	}
}

func BenchmarkLibmLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += LibmLog(float64(i%1000)*0.0137 + 0.5)
	}
}

func BenchmarkPowFinite(b *testing.B) {
	for i := 0; i < b.N; i++ {
		libmSink += powFinite(float64(i%1000)*0.0137+0.5, 1.37)
	}
}
