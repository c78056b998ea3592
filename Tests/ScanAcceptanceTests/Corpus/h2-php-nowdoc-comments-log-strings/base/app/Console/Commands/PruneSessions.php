<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

class PruneSessions extends Command
{
    protected $signature = 'sessions:prune';

    protected $description = 'Delete idle sessions';

    public function handle(): int
    {
        return self::SUCCESS;
    }
}
