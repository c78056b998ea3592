<?php

namespace App\Http\Controllers;

use App\Models\Reminder;
use Illuminate\Http\Request;

class UpcomingRemindersController extends Controller
{
    public function index(Request $request)
    {
        $reminders = Reminder::with('contact')
            ->where('account_id', $request->user()->account_id)
            ->orderBy('initial_date')
            ->get();

        return view('reminders.upcoming', compact('reminders'));
    }
}
