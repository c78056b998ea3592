<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class EnableDefaultCurrencies extends Command
{
    protected $signature = 'currencies:defaults';

    public function handle(): int
    {
        return 0;
    }
}
