<?php

namespace App\Http\Controllers;

use App\Mail\InvoiceIssued;
use App\Models\Invoice;
use Illuminate\Support\Facades\Mail;

class InvoiceMailController extends Controller
{
    public function store(int $id)
    {
        $invoice = Invoice::findOrFail($id);
        Mail::to($invoice->customer->email)->send(new InvoiceIssued($invoice));

        return back();
    }
}
