@extends('layouts.app')

@section('content')
    <h1>{{ $thread->title }}</h1>
    @foreach ($replies as $reply)
        <div class="reply">
            <span class="meta">#{{ $reply->user_id }} {{ $reply->created_at->diffForHumans() }}</span>
            <div class="body">{!! nl2br(e($reply->body)) !!}</div>
        </div>
    @endforeach
@endsection
