<?php

namespace App\Repositories\Currency;

use App\Models\TransactionCurrency;

interface CurrencyRepositoryInterface
{
    public function findByCode(string $code): ?TransactionCurrency;
}
