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
        $journals = [];
        foreach ($rows as $row) {
            $currency = $this->currencies->findByCode($row['currency']);
            $journals[] = ['amount' => $row['amount'], 'currency_id' => $currency?->id];
        }
        return $journals;
    }
}
