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
        return view('budgets.index', ['budgets' => $budgets]);
    }
}
