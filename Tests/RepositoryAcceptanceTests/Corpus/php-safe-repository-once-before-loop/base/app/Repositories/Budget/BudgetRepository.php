<?php

namespace App\Repositories\Budget;

use Illuminate\Support\Facades\DB;

class BudgetRepository
{
    public function spentPerBudget(array $budgetIds): array
    {
        return DB::table('transactions')->whereIn('budget_id', $budgetIds)->groupBy('budget_id')->selectRaw('budget_id, sum(amount) as spent')->pluck('spent', 'budget_id')->all();
    }
}
