@extends('layouts.app')

@section('content')
<ul class="reminders">
    @foreach ($reminders as $reminder)
        <li>
            <span class="date">{{ $reminder->initial_date->format('M d') }}</span>
            <a href="{{ route('contacts.show', $reminder->contact_id) }}">{{ $reminder->contact->name }}</a>
            {{ $reminder->title }}
        </li>
    @endforeach
</ul>
@endsection
