<?php

namespace App\Import;

use App\Repositories\Currency\CurrencyRepositoryInterface;

class CsvImporter
{
    public function __construct(private CurrencyRepositoryInterface $currencies)
    {
    }

    public function import(array $rows): array
    {
        return array_map(fn (array $row) => ['amount' => $row['amount']], $rows);
    }
}
