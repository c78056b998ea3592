<?php

namespace App\Jobs;

use App\Models\Reminder;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Support\Carbon;

class SendReminderDigest implements ShouldQueue
{
    use Queueable;

    public function handle(): void
    {
        $lines = [];
        $reminders = Reminder::whereDate('initial_date', Carbon::today())->get();
        foreach ($reminders as $reminder) {
            $lines[] = $reminder->title;
        }
        logger()->info(implode("\n", $lines));
    }
}
