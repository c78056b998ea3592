package com.example.notes.data

import androidx.room.Dao
import androidx.room.Query

@Dao
interface NoteDao {
    @Query("SELECT * FROM notes WHERE folderId = :folderId ORDER BY title LIMIT 200")
    suspend fun notesIn(folderId: Long): List<Note>
}
