<?php

namespace App\Http\Controllers;

use App\Models\Budget;
use App\Repositories\Budget\BudgetRepository;

class BudgetOverviewController extends Controller
{
    public function __construct(private BudgetRepository $repository)
    {
    }

    public function index()
    {
        $budgets = Budget::where('active', true)->orderBy('name')->limit(100)->get();
        $spent = [];
        foreach ($budgets as $budget) {
            $spent[$budget->id] = $this->repository->spentInPeriod($budget, now()->startOfMonth(), now());
        }
        return view('budgets.index', ['budgets' => $budgets, 'spent' => $spent]);
    }
}
