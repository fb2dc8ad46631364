//go:build !unix

package pgserver

import (
	"errors"
	"os"
	"syscall"
)

// Throwaway servers are for Unix (Linux and macOS): the watchdog is a shell
// script, and stopping a server relies on signals. Elsewhere pgstrata still
// builds, and Start fails with errUnsupported.

var errUnsupported = errors.New("loading SQL into a throwaway PostgreSQL needs Linux or macOS")

type credential struct{ Uid, Gid uint32 }

func serverCredential() (*credential, error)    { return nil, errUnsupported }
func procAttr(*credential) *syscall.SysProcAttr { return nil }
func ChildProcAttr() *syscall.SysProcAttr       { return nil }
func sessionAttr() *syscall.SysProcAttr         { return nil }
func killGroup(pid int)                         {}
func quit(p *os.Process) error                  { return p.Kill() }
func processGone(pid int) bool                  { return false }
func lockFile(*os.File) error                   { return nil }
