<?php

namespace App\Http\Controllers;

use App\Models\Reply;
use App\Models\Thread;

class ThreadController extends Controller
{
    public function show(Thread $thread)
    {
        $replies = Reply::where('thread_id', $thread->id)->latest()->get();
        $replies->load('user');

        return view('threads.show', ['thread' => $thread, 'replies' => $replies]);
    }
}
