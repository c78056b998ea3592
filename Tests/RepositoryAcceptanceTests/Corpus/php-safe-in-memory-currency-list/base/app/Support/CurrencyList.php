<?php

namespace App\Support;

class CurrencyList
{
    /** @var array<string, array{code: string, decimals: int}> */
    private array $byCode = [];

    public function __construct(array $currencies)
    {
        foreach ($currencies as $currency) {
            $this->byCode[$currency['code']] = $currency;
        }
    }

    public function findByCode(string $code): ?array
    {
        return $this->byCode[$code] ?? null;
    }
}
