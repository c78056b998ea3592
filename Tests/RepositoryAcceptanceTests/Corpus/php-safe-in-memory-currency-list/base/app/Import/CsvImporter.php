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
        return $rows;
    }
}
