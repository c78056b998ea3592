<?php

namespace App\Services;

use GuzzleHttp\Client;

class ErpSync
{
    private const BASE_URI = 'https://erp.internal/api/';

    public function push(iterable $orders): int
    {
        $client = new Client(['base_uri' => self::BASE_URI, 'timeout' => 5.0]);
        $pushed = 0;
        foreach ($orders as $order) {
            $client->post('orders', ['json' => $order->toErpPayload()]);
            $pushed++;
        }
        return $pushed;
    }
}
