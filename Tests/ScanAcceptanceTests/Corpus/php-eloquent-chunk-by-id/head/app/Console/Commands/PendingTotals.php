<?php

namespace App\Console\Commands;

use App\Models\Order;
use Illuminate\Console\Command;

class PendingTotals extends Command
{
    protected $signature = 'orders:pending-totals';

    public function handle(): int
    {
        $totals = [];
        Order::where('status', 'pending')->chunkById(500, function ($orders) use (&$totals) {
            foreach ($orders as $order) {
                $totals[$order->currency] = ($totals[$order->currency] ?? 0) + $order->amount_cents;
            }
        });
        foreach ($totals as $currency => $cents) {
            $this->line(sprintf('%s %.2f', $currency, $cents / 100));
        }
        return self::SUCCESS;
    }
}
