<?php

namespace App\Repositories\Currency;

use App\Models\TransactionCurrency;

class CurrencyRepository implements CurrencyRepositoryInterface
{
    public function findByCode(string $code): ?TransactionCurrency
    {
        return TransactionCurrency::where('code', $code)->first();
    }
}
