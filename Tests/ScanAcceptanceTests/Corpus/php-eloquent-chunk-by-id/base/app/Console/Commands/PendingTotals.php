<?php

namespace App\Console\Commands;

use App\Models\Order;
use Illuminate\Console\Command;

class PendingTotals extends Command
{
    protected $signature = 'orders:pending-totals';
}
