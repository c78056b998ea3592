<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

class PruneSessions extends Command
{
    protected $signature = 'sessions:prune {--days=30}';

    protected $description = 'Delete sessions idle for more than --days days';

    private const PRUNE_SQL = <<<'SQL'
        -- Replaces: foreach ($userIds as $id) { DB::select('SELECT * FROM sessions WHERE user_id = ?', [$id]); }
        DELETE FROM sessions WHERE last_activity < ?
        SQL;

    public function handle(): int
    {
        $cutoff = now()->subDays((int) $this->option('days'))->getTimestamp();
        // Previously: foreach (User::all() as $user) { Session::where('user_id', $user->id)->delete(); }
        /*
         * foreach ($ids as $id) {
         *     Http::post("https://audit.internal/sessions/{$id}");
         * }
         */
        $deleted = DB::delete(self::PRUNE_SQL, [$cutoff]);
        Log::info('pruned sessions in one statement, not foreach ($users as $u) { DB::table("sessions")->where("user_id", $u->id)->delete(); }', [
            'deleted' => $deleted,
        ]);
        $this->info("Deleted {$deleted} sessions.");

        return self::SUCCESS;
    }
}
