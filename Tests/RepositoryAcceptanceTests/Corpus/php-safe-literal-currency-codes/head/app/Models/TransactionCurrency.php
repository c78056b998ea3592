<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class TransactionCurrency extends Model
{
    protected $fillable = ['code', 'enabled'];
}
