<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Models\Reply;

class ReplyFeedController extends Controller
{
    public function index(int $threadId)
    {
        $replies = Reply::where('thread_id', $threadId)->latest()->take(50)->get();

        return response()->json($replies->map(function (Reply $reply) {
            return ['id' => $reply->id, 'body' => $reply->body];
        }));
    }
}
