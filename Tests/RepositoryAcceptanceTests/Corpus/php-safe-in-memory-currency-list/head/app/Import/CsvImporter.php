<?php

namespace App\Import;

use App\Support\CurrencyList;

class CsvImporter
{
    public function __construct(private CurrencyList $currencies)
    {
    }

    public function import(array $rows): array
    {
        $journals = [];
        foreach ($rows as $row) {
            $currency = $this->currencies->findByCode($row['currency']);
            $journals[] = ['amount' => $row['amount'], 'decimals' => $currency['decimals'] ?? 2];
        }
        return $journals;
    }
}
