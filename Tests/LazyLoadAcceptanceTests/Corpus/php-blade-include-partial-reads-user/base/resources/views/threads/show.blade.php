@extends('layouts.app')

@section('content')
    <h1>{{ $thread->title }}</h1>
    @foreach ($replies as $reply)
        @include('threads._reply', ['reply' => $reply])
    @endforeach
@endsection
