package models

import "xorm.io/xorm"

var x *xorm.Engine

// Engine is the subset of xorm used by the models, satisfied by *xorm.Engine and *xorm.Session.
type Engine interface {
	ID(interface{}) *xorm.Session
	Get(interface{}) (bool, error)
	Insert(...interface{}) (int64, error)
	Where(interface{}, ...interface{}) *xorm.Session
}
