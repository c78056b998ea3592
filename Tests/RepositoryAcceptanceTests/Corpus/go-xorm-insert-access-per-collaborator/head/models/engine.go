package models

import "xorm.io/xorm"

var x *xorm.Engine
