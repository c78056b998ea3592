package com.acme.status

import okhttp3.OkHttpClient

class StatusClient(private val client: OkHttpClient = OkHttpClient())
