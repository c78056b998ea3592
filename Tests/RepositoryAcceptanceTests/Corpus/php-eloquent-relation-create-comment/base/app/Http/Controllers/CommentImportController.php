<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;

class CommentImportController extends Controller
{
    public function store(Request $request, Post $post)
    {
        return response()->json(['received' => count($request->input('comments', []))]);
    }
}
