<?php

namespace App\Console\Commands;

use App\Models\TransactionCurrency;
use Illuminate\Console\Command;

class EnableDefaultCurrencies extends Command
{
    protected $signature = 'currencies:defaults';

    public function handle(): int
    {
        foreach (['EUR', 'USD'] as $code) {
            $currency = TransactionCurrency::where('code', $code)->first();
            $currency?->update(['enabled' => true]);
        }
        return 0;
    }
}
