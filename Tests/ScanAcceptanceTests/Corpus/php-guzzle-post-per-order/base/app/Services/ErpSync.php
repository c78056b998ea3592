<?php

namespace App\Services;

use GuzzleHttp\Client;

class ErpSync
{
    private const BASE_URI = 'https://erp.internal/api/';
}
