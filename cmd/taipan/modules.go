package main

// The native modules, linked in for their registration.
import _ "github.com/taipan-py/taipan/modules/all"
