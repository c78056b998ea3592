<?php

namespace App\Repositories\Budget;

use App\Models\Budget;
use Carbon\Carbon;
use Illuminate\Support\Facades\DB;

class BudgetRepository
{
    public function spentInPeriod(Budget $budget, Carbon $start, Carbon $end): string
    {
        $spent = DB::table('transactions')->where('budget_id', $budget->id)->whereBetween('date', [$start, $end])->sum('amount');

        return (string) $spent;
    }
}
